namespace SocialPrescribing.CommunityDirectory.Tests.Hosting;

/// <summary>Files outside the repository that tests read in place: found from the folder holding SocialPrescribing.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared ORUK schemas, read where they are (never copied into the repository).</summary>
    public static string OrukSchema(string fileName) => Path.Combine(Root, "..", "shared", "specs", "oruk-3.0-uk", fileName);

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialPrescribing.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("SocialPrescribing.sln not found above " + AppContext.BaseDirectory);
    }
}
