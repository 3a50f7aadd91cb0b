namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>
/// Gives each code of one kind (language, accessibility feature, term...) a small integer, so the hot
/// loop compares sorted int arrays instead of strings. Frozen once the read model is built.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> codes = [];

    public int Count => codes.Count;

    public string CodeOf(int id) => codes[id];

    public int Add(string code)
    {
        if (!ids.TryGetValue(code, out var id))
        {
            id = codes.Count;
            ids.Add(code, id);
            codes.Add(code);
        }
        return id;
    }

    public int[] AddAll(IEnumerable<string> values) => ToSortedSet(values.Select(Add));

    public int Find(string code) => ids.GetValueOrDefault(code, -1);

    /// <summary>
    /// Looks codes up without adding them. A code no candidate has gets its own negative id, so it can
    /// never be found in a candidate's set: an unknown accessibility need is unmet, an unknown language unshared.
    /// </summary>
    public int[] FindAll(IReadOnlyList<string> values)
    {
        var found = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var id = Find(values[i]);
            found[i] = id >= 0 ? id : -(i + 1);
        }
        return ToSortedSet(found);
    }

    public static int[] ToSortedSet(IEnumerable<int> values)
    {
        var set = values.Distinct().ToArray();
        Array.Sort(set);
        return set;
    }
}
