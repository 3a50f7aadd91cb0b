namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>Browser tests share one Chromium and two small servers on two shared cores: they run one at a time.</summary>
[CollectionDefinition(Name)]
public static class BrowserCollection
{
    public const string Name = "browser";
}
