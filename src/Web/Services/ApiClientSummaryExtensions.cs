namespace SocialPrescribing.Web.Services;

/// <summary>What the VCSE API client pages work out from identity's answer.</summary>
public static class ApiClientSummaryExtensions
{
    extension(ApiClientSummary client)
    {
        public bool Active => client.RevokedAt is null;
    }
}
