namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>Finds the `dotnet` executable, also when the AppHost runs inside a test host that is not `dotnet` itself.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.ProcessPath is { } self && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }
        var candidates = new[] { Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => System.IO.Path.Combine(dir, "dotnet")))
            .Append(System.IO.Path.Combine(Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "/usr/share/dotnet", "dotnet"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new AppHostException("The dotnet executable was not found on PATH; install the .NET SDK or set DOTNET_ROOT.");
    }
}
