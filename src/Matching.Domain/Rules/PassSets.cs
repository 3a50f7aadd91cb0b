using System.Collections.Concurrent;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>
/// Hard rules answered for a whole waiting list at once. A rule with a <see cref="IHardRule.PersonKey"/> is asked
/// once per key and candidate, and its answers are kept as a bit set over the candidates; a person's pass set is the
/// AND of their keys' sets, so per pair only a bit is tested. Rules without a key are left to <see cref="PerPair"/>.
/// Fifty thousand people share a few hundred keys (age, what they can pay, languages...), so this replaces tens of
/// millions of rule calls with a few million. Thread-safe.
/// </summary>
internal sealed class PassSets
{
    private readonly IReadOnlyList<CandidateEntry> entries;
    private readonly (IHardRule Rule, ConcurrentDictionary<string, ulong[]> SetByKey)[] keyed;

    public PassSets(IReadOnlyList<CandidateEntry> entries, IHardRule[] rules)
    {
        this.entries = entries;
        Words = (entries.Count + 63) / 64;
        keyed = [.. rules.Where(r => r.PersonKey is not null).Select(r => (r, new ConcurrentDictionary<string, ulong[]>(StringComparer.Ordinal)))];
        PerPair = [.. rules.Where(r => r.PersonKey is null)];
    }

    /// <summary>Rules to ask for every pair whose bit is set, in their usual order.</summary>
    public IHardRule[] PerPair { get; }

    /// <summary>Length of a pass set in 64-bit words.</summary>
    public int Words { get; }

    /// <summary>Fills <paramref name="passes"/> (<see cref="Words"/> long): bit i is set when candidate i passes every keyed rule for the person.</summary>
    public void Fill(PersonQuery person, Span<ulong> passes)
    {
        passes.Fill(ulong.MaxValue);
        foreach (var (rule, setByKey) in keyed)
        {
            var set = setByKey.GetOrAdd(rule.PersonKey!(person), static (_, a) => a.Self.Compute(a.Rule, a.Person), (Self: this, Rule: rule, Person: person));
            for (var w = 0; w < passes.Length; w++)
            {
                passes[w] &= set[w];
            }
        }
    }

    public static bool Contains(ReadOnlySpan<ulong> passes, int index) => (passes[index >> 6] & (1UL << index)) != 0;

    private ulong[] Compute(IHardRule rule, PersonQuery person)
    {
        var set = new ulong[Words];
        for (var i = 0; i < entries.Count; i++)
        {
            if (rule.Passes(new Pair(person, entries[i])))
            {
                set[i >> 6] |= 1UL << i;
            }
        }
        return set;
    }
}
