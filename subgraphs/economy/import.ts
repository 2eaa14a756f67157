import { defineCollection, type CollectionSpec, type FieldError } from '../../platform/import-export/collection.js';
import { mobileNumber } from '../../platform/import-export/checks.js';
import { isValidCreditCode } from '../../platform/world/identifiers.js';
import { createEconomyModels } from './models.js';

/** Economy's importable collection: the enterprise register (企业名录), keyed by unified social credit code. */
function checkEnterprise(doc: Record<string, unknown>): FieldError[] {
  const creditCode: FieldError[] = isValidCreditCode(String(doc.creditCode))
    ? []
    : [
        {
          field: 'creditCode',
          reason: 'not a valid unified social credit code (GB 32100: 18 characters and check character)',
        },
      ];
  return [...creditCode, ...mobileNumber(doc, 'legalRepresentativePhone')];
}

export const ENTERPRISES: CollectionSpec = defineCollection({
  name: 'enterprises',
  domain: 'economy',
  model: (connection) => createEconomyModels(connection).Enterprise,
  columns: {
    divisionCode: '区划代码',
    creditCode: '统一社会信用代码',
    name: '企业名称',
    industry: '行业',
    taxCooperating: '协税企业',
    techSme: '科技型中小企业',
    littleGiant: '小巨人企业',
    nonPublic: '非公企业',
    address: '地址',
    buildingId: '楼宇编号',
    establishedAt: '成立日期',
    legalRepresentativePhone: '法定代表人手机号',
  },
  naturalKey: ['creditCode'],
  personalFields: ['legalRepresentativePhone'],
  check: checkEnterprise,
});
