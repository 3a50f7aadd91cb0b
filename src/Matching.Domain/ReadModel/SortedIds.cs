namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>Set operations on ascending int arrays; the sets are a handful of items, so a merge walk beats hashing.</summary>
internal static class SortedIds
{
    public static bool Intersects(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }
            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return false;
    }

    public static bool IsSubsetOf(int[] subset, int[] superset)
    {
        var j = 0;
        foreach (var item in subset)
        {
            while (j < superset.Length && superset[j] < item)
            {
                j++;
            }
            if (j == superset.Length || superset[j] != item)
            {
                return false;
            }
        }
        return true;
    }

    public static bool Contains(int[] set, int item) => Array.BinarySearch(set, item) >= 0;
}
