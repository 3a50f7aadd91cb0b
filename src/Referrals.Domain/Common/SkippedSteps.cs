namespace SocialPrescribing.Referrals.Domain.Common;

/// <summary>Words for "you skipped a step" refusals, shared by the lifecycles.</summary>
internal static class SkippedSteps
{
    /// <summary>
    /// "contacted and assessed" when <paramref name="to"/> lies further along <paramref name="path"/>
    /// than the next step after <paramref name="from"/>; null when no step is skipped.
    /// </summary>
    public static string? Between<T>(T[] path, T from, T to, Func<T, string> participle) where T : struct, Enum
    {
        var fromStep = Array.IndexOf(path, from);
        var toStep = Array.IndexOf(path, to);
        if (fromStep < 0 || toStep <= fromStep + 1)
        {
            return null;
        }
        var skipped = path[(fromStep + 1)..toStep].Select(participle).ToList();
        return skipped.Count == 1 ? skipped[0] : $"{string.Join(", ", skipped[..^1])} and {skipped[^1]}";
    }
}
