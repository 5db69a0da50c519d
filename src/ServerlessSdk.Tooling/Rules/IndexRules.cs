// Global secondary indexes of declared tables ([assembly: DynamoDbIndex]): their naming rule, key schema, limits and
// the key attributes a table must define for them. Compiled into ServerlessSdk.Tooling and linked into the source
// generator (netstandard2.0), so the compile-time check and the manifest check agree. Plain C#, BCL only.
#if NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Linq;
#endif
using System.Text.RegularExpressions;

namespace ServerlessSdk.Rules;

/// <summary>One global secondary index as declared: its table, name, keys (name and <c>S</c>/<c>N</c>/<c>B</c> type) and projection.</summary>
internal sealed class IndexDeclaration(string table, string name, string? partitionKey, string partitionKeyType, string? sortKey, string sortKeyType)
{
    public string Table { get; } = table;

    public string Name { get; } = name;

    public string? PartitionKey { get; } = partitionKey;

    public string PartitionKeyType { get; } = partitionKeyType;

    public string? SortKey { get; } = sortKey;

    public string SortKeyType { get; } = sortKeyType;
}

/// <summary>
/// Global secondary indexes (docs/iac.md, "Indexes"). Codes: an index on an undeclared table is SLS4030, a bad name
/// SLS4032, a bad key schema (or a key typed differently by the table and an index) SLS4033, two indexes of one name
/// SLS4046, more than DynamoDB allows on one table SLS4047.
/// </summary>
internal static class IndexRules
{
    /// <summary>SLS4046: a table has two indexes of one name.</summary>
    public const string DuplicateIndex = "SLS4046";

    /// <summary>SLS4047: a table has more global secondary indexes than DynamoDB's quota.</summary>
    public const string TooManyIndexes = "SLS4047";

    /// <summary>DynamoDB's default quota of global secondary indexes per table.</summary>
    public const int MaxIndexesPerTable = 20;

    /// <summary>Every projection, in the manifest's (and DynamoDB's) spelling; the first is the default.</summary>
    public static IReadOnlyList<string> Projections { get; } = ["ALL", "KEYS_ONLY"];

    private static readonly Regex IndexName = new(@"^[A-Za-z0-9_.-]{3,255}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The problems every index of one project has with its table: the table's existence, duplicates, the quota and
    /// key types consistent with the table's and the other indexes' (what <see cref="Check(IndexDeclaration)"/> finds
    /// in an index alone is not repeated). <paramref name="tableKeys"/> maps each declared table to its
    /// key attributes and types; <paramref name="kinds"/> maps every declared resource to its kind.
    /// </summary>
    public static IEnumerable<(IndexDeclaration Index, ResourceProblem Problem)> CheckTables(
        IReadOnlyList<IndexDeclaration> indexes,
        IReadOnlyDictionary<string, string> kinds,
        IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Type)>> tableKeys)
    {
        foreach (var group in indexes.GroupBy(i => i.Table, StringComparer.Ordinal))
        {
            if (!tableKeys.TryGetValue(group.Key, out var keys))
            {
                var declaredAs = kinds.TryGetValue(group.Key, out var kind) ? $", which is declared as {ResourceRules.Describe(kind)}" : ", which no [assembly: DynamoDbTable] declares";
                foreach (var index in group)
                {
                    yield return (index, new ResourceProblem(ResourceRules.UnknownResource, $"Index '{index.Name}' is on table '{group.Key}'{declaredAs}; name a declared table"));
                }

                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var types = keys.ToDictionary(k => k.Name, k => (k.Type, Owner: $"table '{group.Key}'"), StringComparer.Ordinal);
            var count = 0;
            foreach (var index in group)
            {
                if (!seen.Add(index.Name))
                {
                    yield return (index, new ResourceProblem(DuplicateIndex, $"Table '{group.Key}' has two indexes named '{index.Name}'; rename one"));
                    continue;
                }

                if (++count == MaxIndexesPerTable + 1)
                {
                    yield return (index, new ResourceProblem(TooManyIndexes, $"Table '{group.Key}' has more than {MaxIndexesPerTable} global secondary indexes, DynamoDB's quota per table; remove some or query by a composite key"));
                }

                if (Check(index).Any())
                {
                    continue;
                }

                foreach (var (name, type) in Keys(index))
                {
                    if (types.TryGetValue(name, out var defined) && defined.Type != type)
                    {
                        yield return (index, new ResourceProblem(ResourceRules.InvalidKeySchema, $"Index '{index.Name}' of table '{group.Key}': key '{name}' is {type} but {defined.Owner} types it {defined.Type}; an attribute has one type"));
                    }
                    else
                    {
                        types[name] = (type, $"index '{index.Name}'");
                    }
                }
            }
        }
    }

    /// <summary>The problems of one index alone: its name and key schema.</summary>
    public static IEnumerable<ResourceProblem> Check(IndexDeclaration index)
    {
        if (!IndexName.IsMatch(index.Name))
        {
            yield return new ResourceProblem(ResourceRules.InvalidResourceName, $"Index name '{index.Name}' of table '{index.Table}' is invalid: use 3–255 letters, digits, '.', '-' and '_'");
        }

        if (string.IsNullOrWhiteSpace(index.PartitionKey))
        {
            yield return new ResourceProblem(ResourceRules.InvalidKeySchema, $"Index '{index.Name}' of table '{index.Table}' has no partition key: set PartitionKey = \"status\" (the attribute the index is queried by)");
        }
        else if (!ResourceRules.IsAttributeName(index.PartitionKey!))
        {
            yield return new ResourceProblem(ResourceRules.InvalidKeySchema, $"Index '{index.Name}' of table '{index.Table}': partition key '{index.PartitionKey}' is not a 1–255 character attribute name without surrounding spaces");
        }

        if (index.SortKey is not null && (!ResourceRules.IsAttributeName(index.SortKey) || index.SortKey == index.PartitionKey))
        {
            yield return new ResourceProblem(ResourceRules.InvalidKeySchema, $"Index '{index.Name}' of table '{index.Table}': sort key '{index.SortKey}' must be a 1–255 character attribute name other than the partition key");
        }
    }

    /// <summary>The key attributes of an index with their types: the partition key, then the sort key if any.</summary>
    public static IEnumerable<(string Name, string Type)> Keys(IndexDeclaration index)
    {
        yield return (index.PartitionKey ?? string.Empty, index.PartitionKeyType);
        if (index.SortKey is not null)
        {
            yield return (index.SortKey, index.SortKeyType);
        }
    }
}
