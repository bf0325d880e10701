# Reference values for the validity statistics, computed with R.
#
# Regenerate (from this folder):   Rscript make_fixture.R
# Writes fixture_data.csv (the simulated candidates) and fixture_expected.csv (R's results).
# Needs base R (stats) and the pROC package for the AUC and DeLong values.
#
# Data: 300 candidates, five correlated competency means on the 0-5 rubric scale (a shared
# factor plus noise, rounded to 2 decimals so the CSV holds the exact values R used), a
# continuous performance outcome and a binary hire decision. True effects: x1 and x2 strong,
# x3 weak, x4 none, x5 moderate.

suppressPackageStartupMessages(library(pROC))
set.seed(20240601)
n <- 300
g <- rnorm(n)
X <- sapply(1:5, function(j) round(pmin(5, pmax(0, 2.8 + 0.9 * (0.6 * g + 0.8 * rnorm(n)))), 2))
colnames(X) <- paste0("x", 1:5)
performance <- round(1 + 0.5 * X[, 1] + 0.35 * X[, 2] + 0.1 * X[, 3] + 0 * X[, 4] + 0.2 * X[, 5] +
                     rnorm(n, 0, 0.8), 3)
eta <- -8 + 1.0 * X[, 1] + 0.8 * X[, 2] + 0.3 * X[, 3] + 0 * X[, 4] + 0.5 * X[, 5]
hired <- rbinom(n, 1, plogis(eta))
d <- data.frame(id = sprintf("c%03d", 1:n), X, performance = performance, hired = hired)
write.csv(d, "fixture_data.csv", row.names = FALSE, quote = FALSE)

out <- data.frame(model = character(), term = character(), quantity = character(), value = character())
put <- function(model, term, quantity, value) {
  out[nrow(out) + 1, ] <<- c(model, term, quantity, format(value, digits = 17))
}

Xs <- scale(X)  # z-scores with the sample SD
raw <- data.frame(X)
std <- data.frame(Xs)

# Linear models: coefficients, SEs, t, p, t-based 95% intervals, R^2, adjusted R^2, sigma
for (m in list(list("lm_raw", raw), list("lm_std", std))) {
  fit <- lm(performance ~ ., data = cbind(m[[2]], performance = performance))
  s <- summary(fit)
  ci <- confint(fit, level = 0.95)
  cf <- coef(s)
  for (t in rownames(cf)) {
    put(m[[1]], t, "estimate", cf[t, 1])
    put(m[[1]], t, "std_error", cf[t, 2])
    put(m[[1]], t, "statistic", cf[t, 3])
    put(m[[1]], t, "p_value", cf[t, 4])
    put(m[[1]], t, "ci_low", ci[t, 1])
    put(m[[1]], t, "ci_high", ci[t, 2])
  }
  put(m[[1]], "", "r_squared", s$r.squared)
  put(m[[1]], "", "adj_r_squared", s$adj.r.squared)
  put(m[[1]], "", "sigma", s$sigma)
  put(m[[1]], "", "df_residual", fit$df.residual)
}

# Logistic models. The convergence tolerance is tightened from glm's default 1e-8 so that R's
# answer is the maximum likelihood estimate to machine precision, not an iterate near it.
for (m in list(list("glm_raw", raw), list("glm_std", std))) {
  fit <- glm(hired ~ ., data = cbind(m[[2]], hired = hired), family = binomial,
             control = glm.control(epsilon = 1e-14, maxit = 100))
  stopifnot(fit$converged)
  s <- summary(fit)
  ci <- confint.default(fit, level = 0.95)
  cf <- coef(s)
  for (t in rownames(cf)) {
    put(m[[1]], t, "estimate", cf[t, 1])
    put(m[[1]], t, "std_error", cf[t, 2])
    put(m[[1]], t, "statistic", cf[t, 3])
    put(m[[1]], t, "p_value", cf[t, 4])
    put(m[[1]], t, "ci_low", ci[t, 1])
    put(m[[1]], t, "ci_high", ci[t, 2])
  }
  put(m[[1]], "", "deviance", fit$deviance)
  put(m[[1]], "", "null_deviance", fit$null.deviance)
  put(m[[1]], "", "aic", fit$aic)
  put(m[[1]], "", "df_residual", fit$df.residual)
  if (m[[1]] == "glm_raw") lp <- predict(fit, type = "link")
}

# AUC (Mann-Whitney) and DeLong SE, from pROC, for x1 and for the logistic linear predictor
for (s in list(list("x1", X[, 1]), list("x2", X[, 2]), list("glm_raw_link", lp))) {
  r <- roc(hired, s[[2]], levels = c(0, 1), direction = "<", quiet = TRUE)
  put("auc", s[[1]], "estimate", as.numeric(auc(r)))
  put("auc", s[[1]], "std_error", sqrt(var(r, method = "delong")))
}
# paired DeLong test of x1 vs x2
r1 <- roc(hired, X[, 1], levels = c(0, 1), direction = "<", quiet = TRUE)
r2 <- roc(hired, X[, 2], levels = c(0, 1), direction = "<", quiet = TRUE)
tst <- roc.test(r1, r2, method = "delong", paired = TRUE)
diff <- as.numeric(auc(r1)) - as.numeric(auc(r2))
put("auc_difference", "x1-x2", "estimate", diff)
put("auc_difference", "x1-x2", "std_error", diff / as.numeric(tst$statistic))

# Pearson and point-biserial correlations with Fisher-z intervals (cor.test)
for (s in list(list("x1_performance", X[, 1], performance), list("x1_hired", X[, 1], hired))) {
  ct <- cor.test(s[[2]], s[[3]], conf.level = 0.95)
  put("correlation", s[[1]], "estimate", as.numeric(ct$estimate))
  put("correlation", s[[1]], "ci_low", ct$conf.int[1])
  put("correlation", s[[1]], "ci_high", ct$conf.int[2])
}

# Mean with t interval; proportion with Wilson interval (prop.test without continuity correction)
tt <- t.test(performance, conf.level = 0.95)
put("mean", "performance", "estimate", as.numeric(tt$estimate))
put("mean", "performance", "ci_low", tt$conf.int[1])
put("mean", "performance", "ci_high", tt$conf.int[2])
pt <- prop.test(sum(hired), n, correct = FALSE, conf.level = 0.95)
put("proportion", "hired", "estimate", as.numeric(pt$estimate))
put("proportion", "hired", "ci_low", pt$conf.int[1])
put("proportion", "hired", "ci_high", pt$conf.int[2])

write.csv(out, "fixture_expected.csv", row.names = FALSE, quote = FALSE)
cat("R", R.version$major, ".", R.version$minor, ", pROC ", as.character(packageVersion("pROC")), "\n", sep = "")
cat("hire rate", mean(hired), "\n")
