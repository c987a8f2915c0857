// The million-item example's machine, on its own so tests can use it without the page's other examples.

export const MILLION_BUCKET = 'example-orders';
export const MILLION_KEY = 'orders-1m.json';

/**
 * One Express child per order (no ItemBatcher, so the Map Run really starts 1,000,000 children). The child
 * fingerprints and prices its order before a Choice checks it: enough work that the run lasts long enough to
 * watch (and to cancel) in a browser.
 */
export const millionDefinition = {
  Comment: 'Reads 1,000,000 orders from S3 and checks each one in its own Express child execution.',
  StartAt: 'CheckOrders',
  States: {
    CheckOrders: {
      Type: 'Map',
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'JSON' },
        Parameters: { Bucket: MILLION_BUCKET, Key: MILLION_KEY },
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
        StartAt: 'Fingerprint',
        States: {
          Fingerprint: {
            Type: 'Pass',
            Parameters: { 'orderId.$': '$.orderId', 'qty.$': '$.qty', 'checksum.$': "States.Hash($.orderId, 'MD5')" },
            Next: 'Price',
          },
          Price: {
            Type: 'Pass',
            Parameters: { 'orderId.$': '$.orderId', 'checksum.$': '$.checksum', 'units.$': 'States.MathAdd($.qty, 0)' },
            Next: 'Check',
          },
          Check: { Type: 'Choice', Choices: [{ Variable: '$.units', NumericGreaterThan: 0, Next: 'Accepted' }], Default: 'Rejected' },
          Accepted: { Type: 'Succeed' },
          Rejected: { Type: 'Fail', Error: 'Order.Empty', Cause: 'An order needs at least one unit' },
        },
      },
      MaxConcurrency: 1000,
      ToleratedFailurePercentage: 5,
      ResultPath: null,
      End: true,
    },
  },
};

