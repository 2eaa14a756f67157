import type { Connection, Model, Schema } from 'mongoose';

/**
 * A domain's model on its connection, registered once: the same connection serves every request
 * and every test server built on it, and mongoose refuses a second `connection.model(name, schema)`.
 */
export function modelOn<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema);
}
