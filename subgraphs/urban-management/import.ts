import { defineCollection, type CollectionSpec } from '../../platform/import-export/collection.js';
import { mobileNumber } from '../../platform/import-export/checks.js';
import { createUrbanManagementModels } from './models.js';

/**
 * Urban management's importable collections: grid incidents from the 网格化 platform or the
 * 12345 hotline (keyed by division, report time and title, as those systems list them) and the
 * facility inventory (cameras, gates, patrol rooms …, keyed by division, type and name).
 */
export const INCIDENTS: CollectionSpec = defineCollection({
  name: 'incidents',
  domain: 'urban-management',
  model: (connection) => createUrbanManagementModels(connection).Incident,
  columns: {
    divisionCode: '区划代码',
    title: '事件标题',
    description: '事件描述',
    address: '地址',
    category: '事件类别',
    source: '来源',
    status: '状态',
    reportedAt: '上报时间',
    acceptedAt: '受理时间',
    assignedAt: '派遣时间',
    deadline: '处置时限',
    resolvedAt: '处置时间',
    closedAt: '结案时间',
    reporterName: '上报人',
    reporterPhone: '上报人电话',
    enterpriseId: '涉及企业编号',
  },
  naturalKey: ['divisionCode', 'reportedAt', 'title'],
  personalFields: ['reporterName', 'reporterPhone'],
  check: (doc) => mobileNumber(doc, 'reporterPhone'),
});

export const FACILITIES: CollectionSpec = defineCollection({
  name: 'facilities',
  domain: 'urban-management',
  model: (connection) => createUrbanManagementModels(connection).Facility,
  columns: {
    divisionCode: '区划代码',
    name: '设施名称',
    type: '设施类型',
    status: '状态',
    installedAt: '安装日期',
    areaSquareMeters: '面积（㎡）',
    standardized: '是否规范化',
    source: '来源文件',
  },
  naturalKey: ['divisionCode', 'type', 'name'],
  personalFields: [],
});
