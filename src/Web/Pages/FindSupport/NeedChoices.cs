using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.FindSupport;

public static class NeedChoices
{
    /// <summary>The directory's needs, by name, as choices for "what would you like help with".</summary>
    public static async Task<IReadOnlyList<Choice>> NeedChoicesAsync(this DirectorySearchClient directory, CancellationToken cancellationToken) =>
        [.. (await directory.TaxonomyTermsAsync(cancellationToken)).Where(t => t.Taxonomy == "Needs").OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name))];
}
