import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Requests graphql-js 16 lets through to execution, where they fail as internal errors (a
 * subgraph) or HTTP 500 (the gateway's executor): refused up front with a 400 instead.
 */

/** An operation whose root type the schema lacks (`subscription`, or `mutation` before any exists); graphql 17's KnownOperationTypesRule. */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The schema has no ${node.operation} operations`, { nodes: node }));
      }
    },
  };
}

/** A document with several operations and no (or an unknown) operationName: nothing to run. */
export function requireResolvableOperation<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const reason = request.operationName
            ? `no operation named "${request.operationName}" in the document`
            : 'the document has several operations: give operationName';
          throw new GraphQLError(reason, {
            extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
          });
        },
      };
    },
  };
}
