namespace SocialPrescribing.Volunteering.Apis;

public static class VersionedResponses
{
    /// <summary>Answers with the record's version as its ETag, and gives back the record to map.</summary>
    public static T Versioned<T>(this HttpResponse response, Versioned<T> versioned)
    {
        response.SetETag(versioned.Version);
        return versioned.Value;
    }
}
