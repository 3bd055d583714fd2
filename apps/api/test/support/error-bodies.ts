/** Expected error bodies, shared so every spec checks the one error shape the same way. */
export const validationError = (errors: Record<string, unknown>) => ({
  statusCode: 400,
  error: 'VALIDATION_FAILED',
  message: expect.any(String),
  details: expect.any(Object),
  errors: expect.objectContaining(errors),
});

export const notFound = {
  statusCode: 404,
  error: 'NOT_FOUND',
  message: expect.any(String),
  details: expect.anything(),
};

export const conflict = (error: 'DUPLICATE' | 'STALE_VERSION') => ({
  statusCode: 409,
  error,
  message: expect.any(String),
  details: expect.anything(),
});
