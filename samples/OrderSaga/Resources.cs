using ServerlessSdk.Functions;

// The saga's state: one item per order, keyed by its id. Each step records the event it handled (a conditional write
// keyed by the event id), so a redelivered message changes nothing.
[assembly: DynamoDbTable("Orders", PartitionKey = "pk")]

// PlaceOrder and Payment publish OrderPlaced and PaymentFailed here.
[assembly: EventBus("Shop")]

// Each consumer reads its own queue (an EventBridge rule per queue targets it); after three failed receives a message
// moves to the queue's dead-letter queue.
[assembly: SqsQueue("Payments", MaxReceiveCount = 3)]
[assembly: SqsQueue("Inventory", MaxReceiveCount = 3)]
[assembly: SqsQueue("Compensations", MaxReceiveCount = 3)]
