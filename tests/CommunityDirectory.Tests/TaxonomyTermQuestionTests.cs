using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.Contracts.Directory;
using SocialPrescribing.Seeds;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>The directory owns the taxonomy: the referrals service asks it which of a referral's term ids are its terms.</summary>
public sealed class TaxonomyTermQuestionTests(DirectoryApp app)
{
    [Fact]
    public async Task The_directory_answers_with_the_terms_it_knows_and_their_taxonomy_and_leaves_out_the_rest()
    {
        var directory = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Referrals));
        var carers = SeedIds.ToGuid("need-carers-support").ToString();
        var walking = SeedIds.ToGuid("type-walking").ToString();

        var answer = await directory.GetTaxonomyTermsAsync(
            new GetTaxonomyTermsRequest { TermIds = { carers, walking, Guid.NewGuid().ToString() } }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [(walking, "walking", "Walking", "activity-types"), (carers, "carers-support", "Carers' support", "needs")],
            answer.Terms.Select(t => (t.Id, t.Code, t.Name, t.Taxonomy)).OrderBy(t => t.Taxonomy, StringComparer.Ordinal));
    }
}
