using BenchmarkDotNet.Running;
using SocialPrescribing.Matching.Benchmarks;

// `--quick [calls]` prints percentiles from a plain timed loop; anything else goes to BenchmarkDotNet
// (e.g. `--filter *Suggest*`).
if (args.Length > 0 && args[0] == "--quick")
{
    QuickRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
