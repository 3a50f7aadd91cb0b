using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Web.Pages.Vcse;

public sealed class ApiClientInput
{
    [Required(ErrorMessage = "Enter a name for the client, such as the system that will use it")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? DisplayName { get; set; }

    public List<string> Scopes { get; set; } = [];

    /// <summary>What each scope a VCSE client may hold lets it do, in words.</summary>
    public static readonly IReadOnlyList<(string Scope, string Text)> Choices =
    [
        (ApiScopes.DirectoryRead, "Read the directory's activities"),
        (ApiScopes.DirectoryWrite, "List and change your organisation's activities and places"),
        (ApiScopes.ReferralsConnectionsAnswer, "See and answer your connection requests"),
    ];

    public static string Describe(string scope) => Choices.FirstOrDefault(c => c.Scope == scope).Text ?? scope;
}
