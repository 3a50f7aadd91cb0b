using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>
/// Short runs inside this process: the machines are shared, so the benchmarks skip building a separate
/// project per run and keep to a few iterations (BenchmarkDotNet's ShortRun: 3 warm-ups, 3 measured).
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>For calls that take seconds: one warm-up and three measured single calls, no pilot stage.</summary>
public sealed class SingleCallInProcessConfig : ManualConfig
{
    public SingleCallInProcessConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
