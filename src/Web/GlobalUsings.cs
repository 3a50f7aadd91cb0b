global using SocialPrescribing.Web;
global using SocialPrescribing.Contracts.Http.Referrals;
