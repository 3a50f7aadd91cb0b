using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Profiles;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>All else equal, moving a candidate nearer or adding a matching need never makes it rank lower.</summary>
public class ScoreProperties
{
    private static readonly string[] Terms = ["physical-activity", "walking", "nordic-walking", "loneliness", "gardening", "cooking"];
    private static readonly string[] LanguageCodes = ["en", "pa", "ur", "pl"];

    public sealed record Scenario(PersonProfile Person, ActivityCandidate Activity, double NearFraction, double FarFraction);

    private static Gen<TimeSlot> Slot =>
        from day in Gen.Elements(DayOfWeek.Monday, DayOfWeek.Tuesday)
        from start in Gen.Choose(8 * 4, 15 * 4)
        from quarters in Gen.Choose(2, 16)
        select new TimeSlot(day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start * 15)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes((start + quarters) * 15)));

    private static Gen<ProviderRecord?> Provider =>
        Gen.OneOf(
            Gen.Constant<ProviderRecord?>(null),
            from answer in Gen.Choose(0, 10)
            from accept in Gen.Choose(0, 10)
            from days in Gen.Choose(0, 30)
            select (ProviderRecord?)new ProviderRecord(answer / 10.0, accept / 10.0, days));

    private static Arbitrary<Scenario> Scenarios =>
        (from needs in Gen.SubListOf(Terms)
         from terms in Gen.SubListOf(Terms)
         from personLanguages in Gen.Shuffle(LanguageCodes).SelectMany(l => Gen.Choose(1, 3).Select(n => l.Take(n).ToArray()))
         from activityLanguages in Gen.SubListOf(LanguageCodes)
         from interpreter in Gen.Elements(true, false)
         from freeTimes in Gen.ListOf(Slot, 2)
         from sessions in Gen.ListOf(Slot, 2)
         from provider in Provider
         from decile in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 10).Select(d => (int?)d))
         from waited in Gen.Choose(0, 200)
         from travelHalfKm in Gen.Choose(1, 20)
         from near in Gen.Choose(0, 120)
         from far in Gen.Choose(0, 120)
         select new Scenario(
             Person() with
             {
                 NeedTermIds = [.. needs],
                 Languages = personLanguages,
                 FreeTimes = [.. freeTimes],
                 DeprivationDecile = decile,
                 WaitingSince = Now.AddDays(-waited),
                 MaxTravelKm = travelHalfKm / 2.0,
             },
             Activity() with
             {
                 TaxonomyTermIds = [.. terms],
                 Languages = [.. activityLanguages],
                 InterpreterAvailable = interpreter,
                 Sessions = [.. sessions],
                 Provider = provider,
             },
             Math.Min(near, far) / 100.0,
             Math.Max(near, far) / 100.0)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Nearer_is_never_worse() => Prop.ForAll(Scenarios, s =>
    {
        var travel = s.Person.MaxTravelKm;
        var near = s.Activity with { Id = IdOf(1), Location = North(s.NearFraction * travel) };
        var far = s.Activity with { Id = IdOf(2), Location = North(s.FarFraction * travel) };
        var suggester = Suggester(near, far);

        var nearer = suggester.Explain(s.Person, CandidateKind.Activity, near.Id);
        var farther = suggester.Explain(s.Person, CandidateKind.Activity, far.Id);

        return nearer.Score.Total >= farther.Score.Total && (!farther.Eligible || nearer.Eligible);
    });

    [Property(MaxTest = 300)]
    public Property A_matching_need_on_the_activity_never_lowers_the_score() => Prop.ForAll(Scenarios, Gen.Elements(Terms).ToArbitrary(), (s, term) =>
    {
        var person = s.Person with { NeedTermIds = [.. s.Person.NeedTermIds.Append(term).Distinct()] };
        var without = s.Activity with { Id = IdOf(1), TaxonomyTermIds = [.. s.Activity.TaxonomyTermIds.Where(t => t != term)] };
        var with = s.Activity with { Id = IdOf(2), TaxonomyTermIds = [.. without.TaxonomyTermIds, term] };

        var suggester = Suggester(without, with);

        return suggester.Explain(person, CandidateKind.Activity, with.Id).Score.Total
            >= suggester.Explain(person, CandidateKind.Activity, without.Id).Score.Total;
    });

    [Property(MaxTest = 300)]
    public Property A_need_the_activity_meets_never_lowers_the_persons_score() => Prop.ForAll(Scenarios, Gen.Elements(Terms).ToArbitrary(), (s, term) =>
    {
        var activity = s.Activity with { TaxonomyTermIds = [.. s.Activity.TaxonomyTermIds.Append(term).Distinct()] };
        var without = s.Person with { NeedTermIds = [.. s.Person.NeedTermIds.Where(t => t != term)] };
        var with = without with { NeedTermIds = [.. without.NeedTermIds, term] };
        var suggester = Suggester(activity);

        return suggester.Explain(with, CandidateKind.Activity, activity.Id).Score.Total
            >= suggester.Explain(without, CandidateKind.Activity, activity.Id).Score.Total;
    });
}
