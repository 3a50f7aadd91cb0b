using BenchmarkDotNet.Running;
using SocialPrescribing.Matching.Benchmarks;

// `--quick [calls]` prints percentiles from a plain timed loop; `--grpc [calls] [callers]` the same through the real
// service's gRPC Suggest over loopback, then from that many concurrent callers; anything else goes to BenchmarkDotNet (e.g. `--filter *Suggest*`).
if (args.Length > 0 && args[0] == "--quick")
{
    QuickRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}
if (args.Length > 0 && args[0] == "--grpc")
{
    await GrpcRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
