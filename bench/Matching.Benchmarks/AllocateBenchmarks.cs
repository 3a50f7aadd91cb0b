using BenchmarkDotNet.Attributes;
using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Allocation;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>Allocating 50,000 people to 10,000 activities' places (0-8 each), optimally, plus the greedy comparison.</summary>
[Config(typeof(SingleCallInProcessConfig))]
public class AllocateBenchmarks
{
    private Scenario scenario = null!;

    [GlobalSetup]
    public void Setup() => scenario = new Scenario();

    [Benchmark]
    public double Allocate() => scenario.Allocator.Allocate(new AllocationRequest(scenario.People, CandidateKind.Activity)).Objective;
}
