import type { Connection } from 'mongoose';
import { defineCollection, type CollectionSpec, type FieldError } from '../../platform/import-export/collection.js';
import { mobileNumber } from '../../platform/import-export/checks.js';
import { isValidIdNumber } from '../../platform/world/identifiers.js';
import { shanghaiDateText } from '../../platform/query/calendar.js';
import { createCivilAffairsModels } from './models.js';

/**
 * Civil affairs' importable collections: the resident register (户籍/常住人口 roster, keyed by
 * ID number) and assistance cases (低保, 特困, 临时救助 … rosters, keyed by programme,
 * recipient and start date; recipients are residents, so residents are imported first).
 */
const chinaDay = (date: Date) => shanghaiDateText(date).replaceAll('-', '');

function checkResident(doc: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const idNumber = String(doc.idNumber);
  if (!isValidIdNumber(idNumber)) {
    errors.push({
      field: 'idNumber',
      reason: 'not a valid 18-character resident ID number (GB 11643: birth date and check digit)',
    });
  } else {
    if (doc.birthDate instanceof Date && chinaDay(doc.birthDate) !== idNumber.slice(6, 14)) {
      errors.push({
        field: 'birthDate',
        reason: `differs from the birth date in the ID number (${idNumber.slice(6, 14)})`,
      });
    }
    const sex = Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
    if (doc.sex !== sex) errors.push({ field: 'sex', reason: `the ID number's order code says ${sex}` });
  }
  return [...errors, ...mobileNumber(doc, 'phone')];
}

export const RESIDENTS: CollectionSpec = defineCollection({
  name: 'residents',
  domain: 'civil-affairs',
  model: (connection) => createCivilAffairsModels(connection).Resident,
  columns: {
    divisionCode: '区划代码',
    name: '姓名',
    sex: '性别',
    birthDate: '出生日期',
    idNumber: '身份证号',
    phone: '手机号',
    householdNumber: '户号',
    relationToHead: '与户主关系',
  },
  naturalKey: ['idNumber'],
  personalFields: ['name', 'birthDate', 'idNumber', 'phone'],
  check: checkResident,
});

/** A case's recipient must be a resident already in the register (import residents first). */
async function residentsExist(connection: Connection) {
  const ids = new Set((await createCivilAffairsModels(connection).Resident.collection.distinct('_id')).map(String));
  return (doc: Record<string, unknown>): FieldError[] => {
    if (typeof doc.recipientId !== 'string')
      return [{ field: 'recipientId', reason: 'required: the resident id of the recipient' }];
    return ids.has(doc.recipientId) ? [] : [{ field: 'recipientId', reason: 'no resident with this id' }];
  };
}

export const ASSISTANCE_CASES: CollectionSpec = defineCollection({
  name: 'assistance-cases',
  domain: 'civil-affairs',
  model: (connection) => createCivilAffairsModels(connection).AssistanceCase,
  columns: {
    divisionCode: '区划代码',
    program: '救助类别',
    tier: '低保类别',
    urbanRural: '城乡',
    paymentSchedule: '发放周期',
    recipientId: '救助对象编号',
    recipientName: '救助对象姓名',
    persons: '保障人数',
    status: '状态',
    startedAt: '起始日期',
    endedAt: '终止日期',
  },
  naturalKey: ['program', 'recipientId', 'startedAt'],
  personalFields: ['recipientName'],
  prepare: residentsExist,
});
