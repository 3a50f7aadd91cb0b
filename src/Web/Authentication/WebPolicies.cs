namespace SocialPrescribing.Web.Authentication;

/// <summary>Who may open which part of the site; the services behind the pages check again.</summary>
public static class WebPolicies
{
    public const string Volunteer = "web.volunteer";
    public const string LinkWorker = "web.link-worker";
    public const string Vcse = "web.vcse";
    public const string Commissioner = "web.commissioner";
}
