namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// A layered (Sugiyama-style) layout of an <see cref="ArchitectureDiagram"/>, left to right: each node's column is
/// the longest path of arrows leading to it (arrows that close a cycle are left out of that count), and the rows
/// inside a column are ordered by the mean row of their neighbours, a few sweeps each way, ties kept in diagram order.
/// Integer arithmetic on the diagram's fixed order, so the same diagram always lays out the same.
/// </summary>
internal sealed class DiagramLayout
{
    private const int Sweeps = 4;

    private DiagramLayout(int[] column, int[] row, int columns, int rows)
    {
        Column = column;
        Row = row;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Each node's column (by node index).</summary>
    public IReadOnlyList<int> Column { get; }

    /// <summary>Each node's vertical slot in half rows from the top of the tallest column (shorter columns are centred).</summary>
    public IReadOnlyList<int> Row { get; }

    /// <summary>How many columns.</summary>
    public int Columns { get; }

    /// <summary>How many rows the tallest column has.</summary>
    public int Rows { get; }

    /// <summary>Lays out <paramref name="diagram"/>.</summary>
    public static DiagramLayout For(ArchitectureDiagram diagram)
    {
        var count = diagram.Nodes.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            index[diagram.Nodes[i].Id] = i;
        }

        var edges = diagram.Edges.Select(e => (From: index[e.From], To: index[e.To])).Where(e => e.From != e.To).ToList();
        var forward = ForwardEdges(count, edges);
        var column = new int[count];
        var predecessors = Enumerable.Range(0, count).Select(v => forward.Where(e => e.To == v).Select(e => e.From).ToArray()).ToArray();
        var successors = Enumerable.Range(0, count).Select(v => forward.Where(e => e.From == v).Select(e => e.To).ToArray()).ToArray();
        foreach (var v in TopologicalOrder(count, forward))
        {
            column[v] = predecessors[v].Length == 0 ? 0 : predecessors[v].Max(u => column[u]) + 1;
        }

        var columns = count == 0 ? 0 : column.Max() + 1;
        var layers = Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, count).Where(v => column[v] == c).ToList()).ToArray();
        var position = new int[count];
        void Number()
        {
            foreach (var layer in layers)
            {
                for (var i = 0; i < layer.Count; i++)
                {
                    position[layer[i]] = i;
                }
            }
        }

        Number();
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            var neighbours = down ? predecessors : successors;
            var order = down ? Enumerable.Range(1, Math.Max(0, columns - 1)) : Enumerable.Range(0, Math.Max(0, columns - 1)).Reverse();
            foreach (var c in order)
            {
                // By the neighbours' mean position (IEEE arithmetic on the same inputs gives the same order); a node
                // without neighbours that way keeps its place, ties keep the previous order.
                layers[c] = [.. layers[c]
                    .OrderBy(v => neighbours[v].Length == 0 ? position[v] : neighbours[v].Average(u => position[u]))
                    .ThenBy(v => position[v])];
                Number();
            }
        }

        // Vertical slots in half rows. The first column is stacked from the top; each later node sits level with the
        // mean of the nodes that point at it, pushed down as far as the node above it needs, and a column that then
        // runs past the tallest is pulled back up.
        var tallest = layers.Length == 0 ? 0 : layers.Max(l => l.Count);
        var row = new int[count];
        for (var c = 0; c < layers.Length; c++)
        {
            var layer = layers[c];
            var next = 0;
            for (var i = 0; i < layer.Count; i++)
            {
                var v = layer[i];
                var wanted = c == 0 || predecessors[v].Length == 0 ? next : (int)Math.Round(predecessors[v].Average(u => row[u]), MidpointRounding.ToEven);
                row[v] = Math.Max(wanted, next);
                next = row[v] + 2;
            }

            if (layer.Count > 0 && row[layer[^1]] > 2 * (tallest - 1))
            {
                row[layer[^1]] = 2 * (tallest - 1);
                for (var i = layer.Count - 2; i >= 0; i--)
                {
                    row[layer[i]] = Math.Min(row[layer[i]], row[layer[i + 1]] - 2);
                }
            }
        }

        var rows = count == 0 ? 0 : (row.Max() / 2) + 1;
        return new DiagramLayout(column, row, columns, rows);
    }

    /// <summary>The edges left after a depth-first search in node order drops those that close a cycle.</summary>
    private static List<(int From, int To)> ForwardEdges(int count, List<(int From, int To)> edges)
    {
        var state = new int[count]; // 0 unseen, 1 on the path, 2 done
        var forward = new List<(int From, int To)>();
        void Visit(int v)
        {
            state[v] = 1;
            foreach (var edge in edges.Where(e => e.From == v))
            {
                if (state[edge.To] == 1)
                {
                    continue;
                }

                forward.Add(edge);
                if (state[edge.To] == 0)
                {
                    Visit(edge.To);
                }
            }

            state[v] = 2;
        }

        for (var v = 0; v < count; v++)
        {
            if (state[v] == 0)
            {
                Visit(v);
            }
        }

        return forward;
    }

    private static IEnumerable<int> TopologicalOrder(int count, List<(int From, int To)> edges)
    {
        var incoming = new int[count];
        foreach (var edge in edges)
        {
            incoming[edge.To]++;
        }

        var ready = new SortedSet<int>(Enumerable.Range(0, count).Where(v => incoming[v] == 0));
        while (ready.Count > 0)
        {
            var v = ready.Min;
            ready.Remove(v);
            yield return v;
            foreach (var edge in edges.Where(e => e.From == v))
            {
                if (--incoming[edge.To] == 0)
                {
                    ready.Add(edge.To);
                }
            }
        }
    }
}
