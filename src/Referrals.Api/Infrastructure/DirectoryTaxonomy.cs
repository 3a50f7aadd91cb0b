using Grpc.Core;
using SocialPrescribing.Contracts.Directory;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Referrals.Infrastructure;

/// <summary>Asks the directory (gRPC, with this service's own token) which taxonomy terms it knows.</summary>
internal sealed class DirectoryTaxonomy(DirectoryClient directory) : ITaxonomyTerms
{
    public async Task<IReadOnlyDictionary<Guid, string>> TaxonomiesOfAsync(IReadOnlyCollection<Guid> termIds, CancellationToken cancellationToken)
    {
        if (termIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        GetTaxonomyTermsResponse response;
        try
        {
            response = await directory.GetTaxonomyTermsAsync(new GetTaxonomyTermsRequest { TermIds = { termIds.Select(id => id.ToString()) } }, cancellationToken: cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "The directory is not answering",
                "The needs and interests cannot be checked while the directory is not answering; nothing was saved. Try again in a few minutes.");
        }
        return response.Terms.ToDictionary(t => Guid.Parse(t.Id), t => t.Taxonomy);
    }
}
