using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Seeds.Tests;

/// <summary>Where the tests find the demo files in the repository, and the postcode district centroids they use.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "SocialPrescribing.sln";

    private static readonly Lazy<PostcodeDistricts> LoadedDistricts = new(PostcodeDistricts.LoadBuiltIn);

    public static string Root { get; } = FindRoot();

    public static string SeedsData => Path.Combine(Root, "seeds", "data");

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
