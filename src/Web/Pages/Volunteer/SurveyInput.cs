namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The quarterly survey's answers so far; each page posts its own question, the rest is kept between pages.</summary>
public sealed class SurveyInput
{
    public const int CommentsMaxLength = 2000;

    public string? Useful { get; set; }
    public string? Supported { get; set; }
    public string? Comments { get; set; }
}
