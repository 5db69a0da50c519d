using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// Source-generated serialisation for <see cref="ServerlessReport"/>: no reflection, and the property order is the
/// declaration order. Enums are camelCase strings; <c>\n</c> line ends on every OS, so the file is the same everywhere.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    Converters = [
        typeof(CamelCaseEnumConverter<MeasurementKind>),
        typeof(CamelCaseEnumConverter<BudgetKind>),
        typeof(CamelCaseEnumConverter<BudgetStatus>),
        typeof(CamelCaseEnumConverter<DiagnosticSeverity>),
        typeof(CamelCaseEnumConverter<ExecutablePartKind>),
        typeof(CamelCaseEnumConverter<DiagramNodeKind>),
        typeof(CamelCaseEnumConverter<DiagramEdgeKind>)])]
[JsonSerializable(typeof(ServerlessReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>An enum as its camelCase name (<c>notSet</c>), which is what the schema documents.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
