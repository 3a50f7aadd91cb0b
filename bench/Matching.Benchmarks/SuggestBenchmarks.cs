using BenchmarkDotNet.Attributes;
using SocialPrescribing.Matching.Domain;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>One Suggest call over 10,000 activities or 5,000 volunteers; each call takes the next of 10,000 people.</summary>
[Config(typeof(ShortInProcessConfig))]
public class SuggestBenchmarks
{
    private Scenario scenario = null!;
    private int next;

    [Params(10)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup() => scenario = new Scenario();

    [Benchmark]
    public int SuggestActivities() => scenario.Suggester.Suggest(NextPerson(), CandidateKind.Activity, K).Count;

    [Benchmark]
    public int SuggestVolunteers() => scenario.Suggester.Suggest(NextPerson(), CandidateKind.Volunteer, K).Count;

    private Domain.Profiles.PersonProfile NextPerson() => scenario.People[next++ % scenario.People.Length];
}
