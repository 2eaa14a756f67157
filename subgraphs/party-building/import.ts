import type { Connection } from 'mongoose';
import { defineCollection, type CollectionSpec, type FieldError } from '../../platform/import-export/collection.js';
import { mobileNumber } from '../../platform/import-export/checks.js';
import { createPartyBuildingModels } from './models.js';

/**
 * Party building's importable collection: the member roster (党员名册), keyed by organization,
 * name and birth date. A member's organization must exist; its ancestry path is copied onto the
 * member, as the seeder does, so subtree counts stay one indexed query.
 */
async function organizationPaths(connection: Connection) {
  const organizations = await createPartyBuildingModels(connection)
    .organization.collection.find({}, { projection: { path: 1 } })
    .toArray();
  const pathOf = new Map(
    organizations.map((organization) => [String(organization._id), organization.path as string[]]),
  );
  return (fields: Record<string, unknown>): FieldError[] => {
    if (typeof fields.organizationId !== 'string') return [];
    const path = pathOf.get(fields.organizationId);
    if (!path) return [{ field: 'organizationId', reason: 'no party organization with this id' }];
    fields.organizationPath = path;
    return [];
  };
}

export const PARTY_MEMBERS: CollectionSpec = defineCollection({
  name: 'party-members',
  domain: 'party-building',
  model: (connection) => createPartyBuildingModels(connection).member,
  columns: {
    divisionCode: '区划代码',
    organizationId: '所在党组织编号',
    name: '姓名',
    sex: '性别',
    birthDate: '出生日期',
    joinedOn: '入党日期',
    status: '党员类别',
    position: '职务',
    phone: '手机号',
    residentId: '居民编号',
    residenceCommunityCode: '居住社区代码',
  },
  naturalKey: ['organizationId', 'name', 'birthDate'],
  personalFields: ['name', 'birthDate', 'phone'],
  prepare: organizationPaths,
  check: (doc) => mobileNumber(doc, 'phone'),
});
