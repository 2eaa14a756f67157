import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The same collections through schemaless models without the data layer's jurisdiction plugin,
 * for computing expected values independently of the code under test (which reads through the
 * scoped models). Typed as the originals so tests keep their record types; no casting of values
 * happens beyond what the driver does, so filters must use stored types.
 */
export function rawModels<M extends { [K in keyof M]: Model<any> }>(connection: Connection, models: M): M {
  const raw: Record<string, unknown> = {};
  for (const [key, model] of Object.entries<Model<any>>(models)) {
    const name = `Raw${model.modelName}`;
    const schema = new Schema(
      { _id: Schema.Types.Mixed },
      { strict: false, strictQuery: false, collection: model.collection.collectionName, versionKey: false },
    );
    raw[key] = connection.models[name] ?? connection.model(name, schema);
  }
  return raw as M;
}
