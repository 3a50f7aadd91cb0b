using BenchmarkDotNet.Attributes;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>Building the read model of 10,000 activities and 5,000 volunteers; the memory diagnoser shows what it allocates.</summary>
[Config(typeof(ShortInProcessConfig))]
public class ReadModelBenchmarks
{
    private Scenario scenario = null!;

    [GlobalSetup]
    public void Setup() => scenario = new Scenario();

    [Benchmark]
    public int BuildReadModel() => MatchingReadModel.Create(scenario.Data.Taxonomy, scenario.Activities, scenario.Volunteers).ActivityCount;
}
