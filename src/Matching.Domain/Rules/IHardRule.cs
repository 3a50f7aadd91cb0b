using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>One hard rule: a candidate that breaks it is never suggested. Each rule lives in one class with its reason.</summary>
internal interface IHardRule
{
    string Name { get; }

    /// <summary>Capacity rules are left to the allocator, which shares the places out itself.</summary>
    bool IsCapacity { get; }

    bool Passes(in Pair pair);

    /// <summary>
    /// Everything <see cref="Passes"/> reads of the person, as text, for a rule that reads nothing else of the pair
    /// (no distance, nothing the person alone has, like their connections). People with the same key pass for the same
    /// candidates, so an allocation asks the rule once per key and candidate (<see cref="PassSets"/>). Null: ask per pair.
    /// Kept beside <see cref="Passes"/> in each rule, so a new condition on the person goes into both.
    /// </summary>
    Func<PersonQuery, string>? PersonKey { get; }

    /// <summary>Why the pair breaks the rule, in plain words (only asked when <see cref="Passes"/> is false).</summary>
    string WhyNot(in Pair pair);
}

/// <summary>A rule for one candidate kind; the pair's candidate is always of that kind.</summary>
internal abstract class HardRule<TEntry> : IHardRule where TEntry : CandidateEntry
{
    public abstract string Name { get; }
    public virtual bool IsCapacity => false;

    public virtual Func<PersonQuery, string>? PersonKey => null;

    public bool Passes(in Pair pair) => Passes(pair.Person, (TEntry)pair.Candidate, pair);

    public string WhyNot(in Pair pair) => WhyNot(pair.Person, (TEntry)pair.Candidate, pair);

    protected abstract bool Passes(PersonQuery person, TEntry candidate, in Pair pair);

    protected abstract string WhyNot(PersonQuery person, TEntry candidate, in Pair pair);
}
