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

// The rules that fill the queues: EventBridge sends each matching event on Shop (the whole event, as the message body)
// to its queue, whose policy lets only that rule send; events it cannot deliver go to the queue's dead-letter queue.
[assembly: EventRule("PaymentOnOrderPlaced", Bus = "Shop", Source = OrderSaga.SagaEvents.Source, DetailType = OrderSaga.SagaEvents.OrderPlaced, Target = "Payments")]
[assembly: EventRule("InventoryOnOrderPlaced", Bus = "Shop", Source = OrderSaga.SagaEvents.Source, DetailType = OrderSaga.SagaEvents.OrderPlaced, Target = "Inventory")]
[assembly: EventRule("CompensationOnPaymentFailed", Bus = "Shop", Source = OrderSaga.SagaEvents.Source, DetailType = OrderSaga.SagaEvents.PaymentFailed, Target = "Compensations")]
