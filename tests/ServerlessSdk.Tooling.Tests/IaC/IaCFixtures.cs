using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>
/// Representative manifests and settings, one per golden case. Public so validator tests (cfn-lint, serverless,
/// terraform) can emit each case to a temp folder with <see cref="IaCEmitter.Emit"/> and check it.
/// </summary>
public static class IaCFixtures
{
    /// <summary>The JWT authorizer of the cases with JWT routes (declared first: <see cref="AllCases"/> uses it).</summary>
    public static JwtAuthorizer Jwt { get; } = new("https://auth.example.com/", ["orders-api"]);

    /// <summary>Every case: the complete one, the minimal one and one per trigger type.</summary>
    public static IReadOnlyList<(string Name, ServiceManifest Manifest, IaCSettings Settings)> AllCases { get; } =
    [
        ("complete", Complete(), Settings() with { Alarms = true }),
        ("minimal", Minimal(), Settings()),
        ("http", Single(new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, []), new HttpRouteTrigger("POST", "/items", HttpAuth.Iam, []), new HttpRouteTrigger("DELETE", "/items/{id}", HttpAuth.Jwt, ["items/write"])) with { JwtAuthorizer = Jwt }, Settings(new() { StageName = "prod" })),
        ("sqs", Single(new SqsTrigger("orders", 10, 0, true, 5), new SqsTrigger("audit", 100, 5, false, 0)), Settings()),
        ("sns", Single(new SnsTrigger("alerts", """{"severity":["high","critical"]}"""), new SnsTrigger("events", null)), Settings()),
        ("eventbridge", Single(new EventBridgeTrigger("""{"source":["orders"],"detail-type":["OrderPlaced"]}""", "default")), Settings()),
        ("schedule", Single(new ScheduleTrigger("rate(5 minutes)", true), new ScheduleTrigger("cron(0 3 * * ? *)", false)), Settings()),
        ("s3", Single(new S3Trigger("orders-uploads-example", ["s3:ObjectCreated:*"], "in/", ".csv")), Settings()),
        ("dynamodb", Single(new DynamoDbStreamTrigger("orders", StreamStartingPosition.Latest, 100, false, true)), Settings()),
        ("kinesis", Single(new KinesisStreamTrigger("clickstream", StreamStartingPosition.TrimHorizon, 200, true, true)), Settings()),
        ("resources", Resources(), Settings()),
        ("event-rules", EventRules(), Settings()),
    ];

    /// <summary>
    /// The samples' IaC as their own build writes it: the end-to-end tests build each sample from the packed
    /// packages and compare its infra/ with these golden folders (SampleBuildTests), so here they are only
    /// validated, with the project whose zips their code locations name.
    /// </summary>
    public static IReadOnlyList<(string Name, string Project)> SampleGoldenCases { get; } =
    [
        ("sample-hello-api", "HelloApi"),
        ("sample-order-pipeline", "OrderPipeline"),
        ("sample-order-saga", "OrderSaga"),
    ];

    /// <summary>Defaults with a zip per architecture, where <c>dotnet publish</c> of project Orders writes them.</summary>
    public static IaCSettings Settings() => new()
    {
        PackagePaths = new Dictionary<string, string>
        {
            ["x86_64"] = "../bin/Release/net10.0/linux-x64/Orders-x86_64.zip",
            ["arm64"] = "../bin/Release/net10.0/linux-arm64/Orders-arm64.zip",
        },
    };

    /// <summary>The fixture's zips with other project settings, as <see cref="ProjectSettings.Parse"/> would give them.</summary>
    public static IaCSettings Settings(ProjectSettings project) => Settings() with { Project = project };

    /// <summary>
    /// The inputs a case's IaC needs to validate or deploy: each DynamoDB table's stream ARN (placeholder values) under
    /// the name each format uses — SAM parameter, Terraform variable, Serverless Framework <c>--param</c>.
    /// </summary>
    public static IReadOnlyList<(string Sam, string Terraform, string Serverless, string Value)> Inputs(ServiceManifest manifest) =>
        [.. manifest.Functions.SelectMany(f => f.Triggers.OfType<DynamoDbStreamTrigger>()).Select(t => t.Table)
            .Where(table => !manifest.Resources.Any(r => r.Name == table)).Distinct().Order(StringComparer.Ordinal)
            .Select(table => (
                ServerlessSdk.Tooling.IaC.CloudFormation.CfnNames.StreamArnParameter(table),
                ServerlessSdk.Tooling.IaC.Terraform.TfNames.StreamArnVariable(table),
                ServerlessSdk.Tooling.IaC.ServerlessFramework.ServerlessYamlWriter.StreamArnParameter(table),
                $"arn:aws:dynamodb:us-east-1:123456789012:table/{table}/stream/2024-01-01T00:00:00.000"))];

    /// <summary>A function with no settings of its own.</summary>
    public static FunctionDeclaration Function(string name, params Trigger[] triggers) =>
        new(name, $"Orders.{name}Handler.HandleAsync", null, null, null, null, null, null, false, new Dictionary<string, string>(), [], triggers);

    /// <summary>One HTTP function, nothing else.</summary>
    public static ServiceManifest Minimal() => new("hello", [Function("Hello", new HttpRouteTrigger("GET", "/hello", HttpAuth.None, []))]);

    /// <summary>Every trigger type and every setting.</summary>
    public static ServiceManifest Complete() => new(
        "orders",
        [
            Function(
                "ItemsApi",
                new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, []),
                new HttpRouteTrigger("POST", "/items", HttpAuth.Iam, []),
                new HttpRouteTrigger("DELETE", "/items/{id}", HttpAuth.Jwt, ["items/write"]),
                new HttpRouteTrigger("ANY", "/admin/{proxy+}", HttpAuth.Jwt, [])) with
            {
                MemorySize = 512,
                Architecture = "arm64",
                ReservedConcurrency = 20,
                ProvisionedConcurrency = 2,
                Tracing = true,
                Environment = new Dictionary<string, string> { ["TABLE_NAME"] = "items", ["GREETING"] = "it's: \"quoted\" # not a comment" },
                Policies =
                [
                    new PolicyStatement(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"], ["arn:aws:dynamodb:us-east-1:123456789012:table/items"]),
                ],
            },
            Function("Worker", new SqsTrigger("orders", 10, 0, true, 5), new SqsTrigger("audit", 100, 5, false, 0)) with { Timeout = 60 },
            Function("Notifier", new SnsTrigger("alerts", """{"severity":["high","critical"]}"""), new SnsTrigger("events", null)),
            Function(
                "Auditor",
                new EventBridgeTrigger("""{"source":["orders"],"detail-type":["OrderPlaced"]}""", "default"),
                new EventBridgeTrigger("""{"source":["partner.acme"],"detail":{"amount":[{"numeric":[">",100]}]}}""", "partners")),
            Function("Cleanup", new ScheduleTrigger("rate(5 minutes)", true), new ScheduleTrigger("cron(0 3 * * ? *)", false)) with { LogRetentionDays = 30 },
            Function("Importer", new S3Trigger("orders-uploads-example", ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"], "in/", ".csv")) with { Tracing = true, Architecture = "arm64" },
            Function("Projector", new DynamoDbStreamTrigger("orders", StreamStartingPosition.Latest, 100, false, true)),
            Function("Clicks", new KinesisStreamTrigger("clickstream", StreamStartingPosition.TrimHorizon, 200, true, true)) with { MemorySize = 1024 },
        ],
        Jwt);

    /// <summary>
    /// One declared resource of each kind (two queues, one FIFO; two buckets, one notifying), each used or
    /// triggering: what the IaC creates for them and grants on them.
    /// </summary>
    public static ServiceManifest Resources() => new(
        "shop",
        [
            Function("Api", new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, [])) with
            {
                Uses =
                [
                    new ResourceUse("Alerts", ResourceAccess.Write),
                    new ResourceUse("archive", ResourceAccess.ReadWrite),
                    new ResourceUse("Events", ResourceAccess.Write),
                    new ResourceUse("Items", ResourceAccess.ReadWrite),
                    new ResourceUse("Orders", ResourceAccess.Write),
                    new ResourceUse("uploads", ResourceAccess.Read),
                ],
            },
            Function("Worker", new SqsTrigger("Orders", 10, 0, true, 5)) with { Uses = [new ResourceUse("Payments", ResourceAccess.Write)] },
            Function("Payer", new SqsTrigger("Payments", 10, 0, true, 5)) with { Uses = [new ResourceUse("Items", ResourceAccess.Read)] },
            Function("Changes", new DynamoDbStreamTrigger("Items", StreamStartingPosition.TrimHorizon, 100, true, true)),
            Function("Uploaded", new S3Trigger("uploads", ["s3:ObjectCreated:*"], "in/", null)),
            Function("OnEvent", new EventBridgeTrigger("""{"source":["shop.orders"]}""", "Events")),
            Function("OnAlert", new SnsTrigger("Alerts", null)),
        ],
        null)
    {
        Resources =
        [
            new DeclaredTopic("Alerts"),
            new DeclaredBucket("archive", Versioning: false),
            new DeclaredEventBus("Events"),
            new DeclaredTable("Items", new TableKey("id", "S"), new TableKey("createdAt", "N"), "NEW_AND_OLD_IMAGES", PointInTimeRecovery: true, DeletionProtection: true, "expiresAt")
            {
                Indexes =
                [
                    new TableIndex("ByOwner", new TableKey("owner", "S"), null, "KEYS_ONLY"),
                    new TableIndex("ByStatus", new TableKey("status", "S"), new TableKey("createdAt", "N"), "ALL"),
                ],
            },
            new DeclaredQueue("Orders", Fifo: false, 30, 5),
            new DeclaredQueue("Payments", Fifo: true, 60, 3),
            new DeclaredBucket("uploads", Versioning: true),
        ],
    };

    /// <summary>
    /// A bus with three rules: two send to one queue (with a dead-letter queue: one policy each, naming both rules),
    /// one to a queue without a dead-letter queue; one rule matches a source only.
    /// </summary>
    public static ServiceManifest EventRules() => new(
        "shop",
        [
            Function("Place", new HttpRouteTrigger("POST", "/orders", HttpAuth.None, [])) with { Uses = [new ResourceUse("Shop", ResourceAccess.Write)] },
            Function("Pay", new SqsTrigger("Payments", 10, 0, true, 0)),
            Function("Audit", new SqsTrigger("Audit", 10, 0, true, 0)),
        ],
        null)
    {
        Resources =
        [
            new DeclaredQueue("Audit", Fifo: false, 30, 0),
            new DeclaredQueue("Payments", Fifo: false, 30, 3),
            new DeclaredEventBus("Shop"),
        ],
        EventRules =
        [
            new DeclaredEventRule("AuditAll", "Shop", ["shop.orders"], [], "Audit"),
            new DeclaredEventRule("PaymentRequested", "Shop", ["shop.orders"], ["OrderPlaced"], "Payments"),
            new DeclaredEventRule("PaymentRetried", "Shop", ["shop.payments"], ["PaymentRetried"], "Payments"),
        ],
    };

    private static ServiceManifest Single(params Trigger[] triggers) => new("orders", [Function("Handler", triggers)]);
}
