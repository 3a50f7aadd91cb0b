using Xunit;

namespace SocialPrescribing.TestKit;

/// <summary>Files outside the repository that tests read in place: found from the folder holding SocialPrescribing.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The published ORUK schemas, read where they are: their licence (CC BY-SA) keeps them out of this repository.
    /// ORUK_SCHEMAS names their folder; without it, a workspace's ../shared/specs/oruk-3.0-uk. A clone with neither
    /// skips the schema checks (and says so) rather than reading anything else outside the repository.
    /// </summary>
    public static string OrukSchema(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("ORUK_SCHEMAS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Root, "..", "shared", "specs", "oruk-3.0-uk");
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            Assert.Skip($"The ORUK schema {fileName} is not at {folder}; set ORUK_SCHEMAS to the folder of the published HSDS-UK 3.0 schemas.");
        }
        return path;
    }

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The demo's ILLUSTRATIVE deprivation deciles, which a service reads only when told to (<c>Deprivation:Path</c>).</summary>
    public static string IllustrativeDeprivation => Path.Combine(Seeds, "data", "deprivation-deciles.illustrative.csv");

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
