using BenchmarkDotNet.Running;
using SocialPrescribing.Volunteering.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(SroiReportBenchmarks).Assembly).Run(args);
