# The ctgraph API (and CLI) image; Neo4j comes from the official image in docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api ./api
COPY graph ./graph
COPY extract ./extract
COPY cypher ./cypher
COPY data ./data
# Editable, so cypher/ and data/ beside the packages are found at run time.
RUN pip install --no-cache-dir -e .
ENV CTGRAPH_API_HOST=0.0.0.0
EXPOSE 8000
CMD ["ctgraph", "serve"]
