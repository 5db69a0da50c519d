namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>Handler source snippets: the usings every test needs, then the declarations.</summary>
internal static class Sources
{
    public const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using ServerlessSdk.Functions;
        using ServerlessSdk.Runtime;
        using ServerlessSdk.Runtime.Events;

        """;

    public static string With(string declarations) => Usings + declarations;
}
