# Reference values for the interviewer severity model, computed with lme4.
#
# Regenerate (from this folder):   Rscript make_fixture.R
# Writes fixture_data.csv (the simulated ratings) and fixture_expected.csv (lme4's results).
# Needs R with lme4.
#
# Data: 300 candidates rated on 7 competencies (0-5 scale, whole points) by 20 interviewers in a
# hiring funnel like the job's: one phone-screen scorecard, two or three onsite scorecards for
# the candidates who pass it, and a hiring-manager scorecard on the last three competencies for
# some of those; 3% of ratings missing. Rating = clamp(round(2.6 + competency mean + 0.95 skill
# - severity + halo + noise)), skill = 0.6 ability + 0.8 own skill, halo ~ N(0, 0.35^2) per
# scorecard. Interviewers i01, i02 are planted harsh (+0.6), i03, i04 lenient (-0.6), the others
# draw a small severity N(0, 0.15^2); i05 sees strong candidates only.
#
# Model (REML, lme4 defaults):
#   rating ~ competency + (1 | candidate) + (1 | interviewer) + (1 | scorecard)
# Written: the variance components, the REML criterion, the fixed effects (per-competency means
# as intercept + treatment contrasts), each interviewer's conditional mode with its conditional
# standard deviation (condVar), and each interviewer's mode minus the mean of all interviewers'
# modes with the standard error of that contrast, from the inverse of Henderson's mixed-model
# equations built from lme4's own X, Z and Lambda (prediction-error covariance; it includes the
# uncertainty of the fixed effects, which cancels in the contrast).

suppressPackageStartupMessages(library(lme4))
set.seed(20261122)
n_cand <- 300
n_iv <- 20
comp <- c("core_technical", "llm_genai", "agentic_workflows", "engineering_production",
          "portfolio", "problem_solving", "ethics_communication")
comp_mean <- c(0.1, -0.2, 0.0, 0.15, -0.1, 0.05, 0.2)
noise_sd <- c(0.40, 0.45, 0.55, 0.50, 0.80, 0.65, 1.10)
iv <- sprintf("i%02d", 1:n_iv)
sev <- rnorm(n_iv, 0, 0.15)
sev[1:2] <- 0.6
sev[3:4] <- -0.6
sev[5] <- 0
pool <- 6:17          # ordinary panel interviewers (i05 joins for strong candidates)
hm <- 18:20           # hiring managers

rows <- list()
sc_id <- 0
add_scorecard <- function(cand, j, ability, own, comps) {
  sc_id <<- sc_id + 1
  halo <- rnorm(1, 0, 0.35)
  k <- match(comps, comp)
  latent <- 2.6 + comp_mean[k] + 0.95 * (0.6 * ability + 0.8 * own[k]) - sev[j] + halo + rnorm(length(k), 0, noise_sd[k])
  y <- pmin(5, pmax(0, round(latent)))
  y[runif(length(k)) < 0.03] <- NA
  rows[[length(rows) + 1]] <<- data.frame(candidate = sprintf("c%03d", cand), scorecard = sprintf("s%04d", sc_id),
                                           interviewer = iv[j], competency = comps, rating = y)
  mean(y, na.rm = TRUE)
}
pick <- function(ability, taken) {
  repeat {
    j <- if (ability > 0.5 && runif(1) < 0.5) 5 else sample(c(1:4, pool), 1)
    if (!(j %in% taken)) return(j)
  }
}
for (cand in 1:n_cand) {
  ability <- rnorm(1)
  own <- rnorm(7)
  j <- pick(ability, integer(0))
  m <- add_scorecard(cand, j, ability, own, comp)
  if (is.nan(m) || m + rnorm(1, 0, 0.4) < 2.3) next
  taken <- j
  for (p in seq_len(2 + rbinom(1, 1, 0.5))) {
    j <- pick(ability, taken)
    taken <- c(taken, j)
    add_scorecard(cand, j, ability, own, comp)
  }
  if (runif(1) < 0.5) add_scorecard(cand, sample(hm, 1), ability, own, comp[5:7])
}
d <- do.call(rbind, rows)
write.csv(d, "fixture_data.csv", row.names = FALSE, quote = FALSE, na = "")

d <- d[!is.na(d$rating), ]
d$competency <- factor(d$competency, levels = comp)
fit <- lmer(rating ~ competency + (1 | candidate) + (1 | interviewer) + (1 | scorecard), data = d, REML = TRUE,
            control = lmerControl(optimizer = "bobyqa", optCtrl = list(rhobeg = 0.2, rhoend = 1e-10)))

out <- data.frame(kind = character(), name = character(), value = character(), se = character())
put <- function(kind, name, value, se = NA) {
  out[nrow(out) + 1, ] <<- c(kind, name, format(value, digits = 17), if (is.na(se)) "" else format(se, digits = 17))
}
vc <- as.data.frame(VarCorr(fit))
for (g in c("candidate", "scorecard", "interviewer", "Residual")) put("variance", g, vc$vcov[vc$grp == g])
put("reml_criterion", "REML", as.numeric(REMLcrit(fit)))
put("n", "ratings", nrow(d))
fe <- fixef(fit)
for (t in names(fe)) put("fixed", t, fe[[t]])
re <- ranef(fit, condVar = TRUE)$interviewer
cv <- attr(re, "postVar")
for (i in seq_len(nrow(re))) put("interviewer", rownames(re)[i], re[i, 1], sqrt(cv[1, 1, i]))
X <- as.matrix(getME(fit, "X"))
ZL <- as.matrix(getME(fit, "Z") %*% getME(fit, "Lambda"))
C <- rbind(cbind(crossprod(X), crossprod(X, ZL)), cbind(crossprod(ZL, X), crossprod(ZL) + diag(ncol(ZL))))
p <- ncol(X)
Lm <- as.matrix(getME(fit, "Lambda"))
pev <- sigma(fit)^2 * Lm %*% solve(C)[(p + 1):nrow(C), (p + 1):ncol(C)] %*% t(Lm)
gp <- getME(fit, "Gp")
k <- which(names(getME(fit, "cnms")) == "interviewer")
rows <- (gp[k] + 1):gp[k + 1]
q <- length(rows)
A <- diag(q) - 1 / q
se_c <- sqrt(diag(A %*% pev[rows, rows] %*% t(A)))
modes <- re[, 1] - mean(re[, 1])
for (i in seq_len(q)) put("interviewer_centred", rownames(re)[i], modes[i], se_c[i])
write.csv(out, "fixture_expected.csv", row.names = FALSE, quote = FALSE, na = "")
print(VarCorr(fit))
print(REMLcrit(fit))
