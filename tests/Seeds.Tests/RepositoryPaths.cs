using SocialPrescribing.Seeds.Reference;

namespace SocialPrescribing.Seeds.Tests;

/// <summary>Where the tests find the demo files and the postcode district centroids (which live beside the repository, never in it).</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "SocialPrescribing.sln";

    /// <summary>Overrides where the centroids CSV is, e.g. on a machine without the shared folder.</summary>
    private const string PostcodeDistrictsVariable = "PostcodeDistricts__Path";

    private static readonly Lazy<PostcodeDistricts> LoadedDistricts = new(() => PostcodeDistricts.Load(PostcodeDistrictsCsv));

    public static string Root { get; } = FindRoot();

    public static string SeedsData => Path.Combine(Root, "seeds", "data");

    public static string PostcodeDistrictsCsv =>
        Environment.GetEnvironmentVariable(PostcodeDistrictsVariable) is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "uk-postcode-districts.csv"));

    public static PostcodeDistricts Districts => LoadedDistricts.Value;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
