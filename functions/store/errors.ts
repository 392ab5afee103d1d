/** Errors the store raises; routes and the app's error handler turn them into problems. */

/** The table could not be reached or answered with a server error: the API answers 503. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** A conditional write lost: the item exists already or its version moved on. */
export class ConditionFailedError extends Error {
  override name = 'ConditionFailedError';
}

/** Run one DynamoDB call, mapping its failures to the store's own errors. */
export async function storeCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw new ConditionFailedError(error.message, { cause: error });
    }
    throw new StoreUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
