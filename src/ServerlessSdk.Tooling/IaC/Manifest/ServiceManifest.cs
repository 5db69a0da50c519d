namespace ServerlessSdk.Tooling.IaC.Manifest;

/// <summary>
/// Every function a project declares in C#, as the ServerlessSdk.Functions source generator records it in the
/// compiled assembly (format: <c>docs/function-manifest.md</c>). IaC writers and the CLI read this, never the source.
/// </summary>
/// <param name="Service">The service (stack) name: lowercase letters, digits and hyphens.</param>
/// <param name="Functions">The functions, sorted by name.</param>
/// <param name="JwtAuthorizer">The HTTP API's JWT authorizer, when a route uses <see cref="HttpAuth.Jwt"/>.</param>
public sealed record ServiceManifest(string Service, IReadOnlyList<FunctionDeclaration> Functions, JwtAuthorizer? JwtAuthorizer = null)
{
    /// <summary>The manifest format version this tooling reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The <c>AssemblyMetadata</c> key under which the generator stores the manifest JSON.</summary>
    public const string AssemblyMetadataKey = "ServerlessSdk.FunctionManifest";

    /// <summary>Where the functions run: <see cref="ServerlessPlatforms.Aws"/> (when the manifest does not say) or <see cref="ServerlessPlatforms.Azure"/>.</summary>
    public string Platform { get; init; } = ServerlessPlatforms.Aws;

    /// <summary>True when the functions run on Azure Functions.</summary>
    public bool IsAzure => Platform == ServerlessPlatforms.Azure;

    /// <summary>The resources the service declares (<c>[assembly: DynamoDbTable]</c>, …), sorted by name.</summary>
    public IReadOnlyList<DeclaredResource> Resources { get; init; } = [];

    /// <summary>The EventBridge rules the service declares (<c>[assembly: EventRule]</c>), sorted by name.</summary>
    public IReadOnlyList<DeclaredEventRule> EventRules { get; init; } = [];

    /// <summary>Every HTTP route of every function, in manifest order.</summary>
    public IEnumerable<(FunctionDeclaration Function, HttpRouteTrigger Route)> HttpRoutes =>
        Functions.SelectMany(f => f.Triggers.OfType<HttpRouteTrigger>().Select(r => (f, r)));

    /// <summary>The routes anyone may call (neither IAM nor JWT), as sorted route keys: said in the build output and the report.</summary>
    public IReadOnlyList<string> UnauthenticatedRoutes =>
        [.. HttpRoutes.Where(r => r.Route.Auth == HttpAuth.None).Select(r => r.Route.RouteKey).Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>An HTTP API JWT authorizer (issuer and accepted audiences).</summary>
public sealed record JwtAuthorizer(string Issuer, IReadOnlyList<string> Audiences);

/// <summary>One Lambda function: a handler and its settings. Unset settings (null) take the project's defaults.</summary>
/// <param name="Name">Logical name, PascalCase (a C# identifier): used for resource names in every format.</param>
/// <param name="Handler">The C# handler it dispatches to, e.g. <c>Orders.ItemsApi.Get</c> (for people, not machines).</param>
/// <param name="MemorySize">MB, 128–10240.</param>
/// <param name="Timeout">Seconds, 1–900.</param>
/// <param name="Architecture"><c>x86_64</c> or <c>arm64</c>.</param>
/// <param name="ReservedConcurrency">Reserved concurrent executions (0 throttles the function).</param>
/// <param name="ProvisionedConcurrency">Provisioned concurrent executions on an alias.</param>
/// <param name="LogRetentionDays">CloudWatch log group retention.</param>
/// <param name="Tracing">X-Ray active tracing.</param>
/// <param name="Environment">Environment variables, sorted by name.</param>
/// <param name="Policies">Extra IAM statements the handler needs (its triggers' permissions are implied).</param>
/// <param name="Triggers">What invokes it; all deliver the same event type.</param>
public sealed record FunctionDeclaration(
    string Name,
    string Handler,
    int? MemorySize,
    int? Timeout,
    string? Architecture,
    int? ReservedConcurrency,
    int? ProvisionedConcurrency,
    int? LogRetentionDays,
    bool Tracing,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<PolicyStatement> Policies,
    IReadOnlyList<Trigger> Triggers)
{
    /// <summary>What it does with declared resources (<c>[Uses]</c>), sorted by resource name.</summary>
    public IReadOnlyList<ResourceUse> Uses { get; init; } = [];
}

/// <summary>An IAM allow statement declared by the user.</summary>
/// <param name="Actions">IAM actions, e.g. <c>dynamodb:GetItem</c>.</param>
/// <param name="Resources">Resource ARNs (patterns allowed).</param>
/// <param name="AllowBroadAccess">The justification that opts the statement out of the least-privilege checks; null when it does not.</param>
public sealed record PolicyStatement(IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, string? AllowBroadAccess = null);
