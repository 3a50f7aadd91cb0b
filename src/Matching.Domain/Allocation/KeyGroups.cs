namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>Items 0..count-1 grouped by a key in 0..keys-1 with a counting sort: linear, so tens of millions of pairs group without hashing.</summary>
internal static class KeyGroups
{
    /// <returns>Where each key's run starts in <c>Items</c> (key k runs from Start[k] to Start[k + 1]), and the items in key order, stable within a key.</returns>
    public static (int[] Start, int[] Items) Of(int keys, int count, Func<int, int> keyOf)
    {
        var start = new int[keys + 1];
        for (var i = 0; i < count; i++)
        {
            start[keyOf(i) + 1]++;
        }
        for (var key = 0; key < keys; key++)
        {
            start[key + 1] += start[key];
        }
        var next = start[..^1];
        var items = new int[count];
        for (var i = 0; i < count; i++)
        {
            items[next[keyOf(i)]++] = i;
        }
        return (start, items);
    }
}
