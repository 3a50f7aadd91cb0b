using System.Xml.Linq;

namespace SocialPrescribing.Seeds.Tests;

public sealed class ProductionProjectsTests
{
    private static readonly string SeedsFolder = Path.Combine(RepositoryPaths.Root, "seeds") + Path.DirectorySeparatorChar;

    public static TheoryData<string> ProductionProjects() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ProductionProjects))]
    public void No_production_project_references_the_demo_data_even_through_another(string project)
    {
        var reached = ReferencesOf(Path.Combine(RepositoryPaths.Root, project));

        Assert.Empty(reached.Where(path => path.StartsWith(SeedsFolder, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)));
    }

    [Fact]
    public void The_check_finds_a_project_that_references_the_demo_data_through_another()
    {
        var reached = ReferencesOf(Path.Combine(RepositoryPaths.Root, "seeds", "SocialPrescribing.Seeder", "SocialPrescribing.Seeder.csproj"));

        Assert.Contains(Path.Combine(SeedsFolder, "SocialPrescribing.Seeds", "SocialPrescribing.Seeds.csproj"), reached);
    }

    /// <summary>Every project <paramref name="project"/> references, directly or through others (full paths).</summary>
    private static HashSet<string> ReferencesOf(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            var folder = Path.GetDirectoryName(current)!;
            foreach (var include in XDocument.Load(current).Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include")).OfType<string>())
            {
                var referenced = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', Path.DirectorySeparatorChar)));
                if (reached.Add(referenced))
                {
                    pending.Push(referenced);
                }
            }
        }
        return reached;
    }
}
