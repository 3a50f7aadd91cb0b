namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

internal static class RepositoryLocator
{
    public const string SolutionFile = "SocialPrescribing.sln";

    /// <summary>The folder holding the solution, searched upwards from the AppHost's binaries, then from the current folder.</summary>
    public static string Find() =>
        SearchUp(AppContext.BaseDirectory) ?? SearchUp(Directory.GetCurrentDirectory())
        ?? throw new AppHostException(
            $"Cannot find {SolutionFile} above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}: " +
            "run the AppHost from the repository or set AppHostOptions.RepositoryRoot.");

    private static string? SearchUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
