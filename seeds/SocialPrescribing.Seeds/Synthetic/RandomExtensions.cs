namespace SocialPrescribing.Seeds.Synthetic;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> different items, in list order.</summary>
    public static List<T> Some<T>(this Random random, IReadOnlyList<T> items, int min, int max)
    {
        var wanted = Math.Min(items.Count, random.Next(min, max + 1));
        var chosen = new SortedSet<int>();
        while (chosen.Count < wanted)
        {
            chosen.Add(random.Next(items.Count));
        }
        return [.. chosen.Select(i => items[i])];
    }
}
